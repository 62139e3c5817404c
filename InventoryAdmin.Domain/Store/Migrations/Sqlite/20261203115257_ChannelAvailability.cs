using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InventoryAdmin.Domain.Store.Migrations.Sqlite
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
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    TxId = table.Column<long>(type: "INTEGER", nullable: false),
                    ChangeId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangeCursors", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "LowStockAlerts",
                columns: table => new
                {
                    ProductId = table.Column<int>(type: "INTEGER", nullable: false),
                    LocationId = table.Column<int>(type: "INTEGER", nullable: false),
                    SegmentKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SinceUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LowStockAlerts", x => new { x.ProductId, x.LocationId, x.SegmentKey });
                });

            migrationBuilder.CreateTable(
                name: "SegmentChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TxId = table.Column<long>(type: "INTEGER", nullable: false),
                    ProductId = table.Column<int>(type: "INTEGER", nullable: false),
                    LocationId = table.Column<int>(type: "INTEGER", nullable: false),
                    SegmentKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OnHand = table.Column<int>(type: "INTEGER", nullable: false),
                    Locked = table.Column<int>(type: "INTEGER", nullable: false),
                    Allocated = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SegmentChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StockRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SegmentKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LocationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProductId = table.Column<int>(type: "INTEGER", nullable: false),
                    SafetyStock = table.Column<int>(type: "INTEGER", nullable: true),
                    LowStockAt = table.Column<int>(type: "INTEGER", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
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

            foreach (var sql in SegmentChangeTriggers.SqliteCreate) migrationBuilder.Sql(sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in SegmentChangeTriggers.SqliteDrop) migrationBuilder.Sql(sql);

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
