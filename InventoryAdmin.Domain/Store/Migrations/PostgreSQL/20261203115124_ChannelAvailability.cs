using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace InventoryAdmin.Domain.Store.Migrations.PostgreSQL
{
    /// <inheritdoc />
    public partial class ChannelAvailability : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ChangeCursors",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    TxId = table.Column<long>(type: "bigint", nullable: false),
                    ChangeId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangeCursors", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "LowStockAlerts",
                columns: table => new
                {
                    ProductId = table.Column<int>(type: "integer", nullable: false),
                    LocationId = table.Column<int>(type: "integer", nullable: false),
                    SegmentKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SinceUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LowStockAlerts", x => new { x.ProductId, x.LocationId, x.SegmentKey });
                });

            migrationBuilder.CreateTable(
                name: "SegmentChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TxId = table.Column<long>(type: "bigint", nullable: false, defaultValueSql: "(pg_current_xact_id()::text::bigint)"),
                    ProductId = table.Column<int>(type: "integer", nullable: false),
                    LocationId = table.Column<int>(type: "integer", nullable: false),
                    SegmentKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OnHand = table.Column<int>(type: "integer", nullable: false),
                    Locked = table.Column<int>(type: "integer", nullable: false),
                    Allocated = table.Column<int>(type: "integer", nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SegmentChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StockRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SegmentKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LocationId = table.Column<int>(type: "integer", nullable: false),
                    ProductId = table.Column<int>(type: "integer", nullable: false),
                    SafetyStock = table.Column<int>(type: "integer", nullable: true),
                    LowStockAt = table.Column<int>(type: "integer", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StockRules", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LowStockAlerts_SinceUtc",
                table: "LowStockAlerts",
                column: "SinceUtc");

            migrationBuilder.CreateIndex(
                name: "IX_SegmentChanges_ChangedAtUtc",
                table: "SegmentChanges",
                column: "ChangedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_SegmentChanges_TxId_Id",
                table: "SegmentChanges",
                columns: new[] { "TxId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_StockRules_SegmentKey_LocationId_ProductId",
                table: "StockRules",
                columns: new[] { "SegmentKey", "LocationId", "ProductId" },
                unique: true);

            foreach (var sql in SegmentChangeTriggers.PostgreSqlCreate) migrationBuilder.Sql(sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in SegmentChangeTriggers.PostgreSqlDrop) migrationBuilder.Sql(sql);

            migrationBuilder.DropTable(
                name: "ChangeCursors");

            migrationBuilder.DropTable(
                name: "LowStockAlerts");

            migrationBuilder.DropTable(
                name: "SegmentChanges");

            migrationBuilder.DropTable(
                name: "StockRules");
        }
    }
}
