using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InventoryAdmin.Domain.Store.Migrations.PostgreSQL
{
    /// <summary>NOTIFY in the writing transaction for every change open pages and caches show (ChangeAnnouncements).</summary>
    public partial class ChangeAnnouncements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in Store.PostgreSQL.ChangeAnnouncements.Create(Store.PostgreSQL.ChangeAnnouncements.InventoryTables)) migrationBuilder.Sql(sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in Store.PostgreSQL.ChangeAnnouncements.Drop(Store.PostgreSQL.ChangeAnnouncements.InventoryTables)) migrationBuilder.Sql(sql);
        }
    }
}
