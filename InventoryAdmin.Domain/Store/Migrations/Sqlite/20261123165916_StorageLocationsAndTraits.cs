using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InventoryAdmin.Domain.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StorageLocationsAndTraits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StockRows_LocationId",
                table: "StockRows");

            migrationBuilder.DropIndex(
                name: "IX_StockRows_ProductId_LocationId_SegmentKey",
                table: "StockRows");

            migrationBuilder.AddColumn<bool>(
                name: "Locked",
                table: "StockRows",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "StorageLocationId",
                table: "StockRows",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "TraitsDisabled",
                table: "StockRows",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "TraitsEnabled",
                table: "StockRows",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "LockedDelta",
                table: "Movements",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "StorageLocationId",
                table: "Movements",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "LockReason",
                table: "Locations",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Locked",
                table: "Locations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "LockedAtUtc",
                table: "Locations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LockedBy",
                table: "Locations",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "StorageLocations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LocationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false, collation: "NOCASE"),
                    TraitsEnabled = table.Column<int>(type: "INTEGER", nullable: false),
                    TraitsDisabled = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ChangedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StorageLocations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StorageLocations_Locations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "Locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_StockRows_LocationId_StorageLocationId",
                table: "StockRows",
                columns: new[] { "LocationId", "StorageLocationId" });

            migrationBuilder.CreateIndex(
                name: "IX_StockRows_ProductId_LocationId_SegmentKey_StorageLocationId",
                table: "StockRows",
                columns: new[] { "ProductId", "LocationId", "SegmentKey", "StorageLocationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StorageLocations_LocationId_Name",
                table: "StorageLocations",
                columns: new[] { "LocationId", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StorageLocations");

            migrationBuilder.DropIndex(
                name: "IX_StockRows_LocationId_StorageLocationId",
                table: "StockRows");

            migrationBuilder.DropIndex(
                name: "IX_StockRows_ProductId_LocationId_SegmentKey_StorageLocationId",
                table: "StockRows");

            migrationBuilder.DropColumn(
                name: "Locked",
                table: "StockRows");

            migrationBuilder.DropColumn(
                name: "StorageLocationId",
                table: "StockRows");

            migrationBuilder.DropColumn(
                name: "TraitsDisabled",
                table: "StockRows");

            migrationBuilder.DropColumn(
                name: "TraitsEnabled",
                table: "StockRows");

            migrationBuilder.DropColumn(
                name: "LockedDelta",
                table: "Movements");

            migrationBuilder.DropColumn(
                name: "StorageLocationId",
                table: "Movements");

            migrationBuilder.DropColumn(
                name: "LockReason",
                table: "Locations");

            migrationBuilder.DropColumn(
                name: "Locked",
                table: "Locations");

            migrationBuilder.DropColumn(
                name: "LockedAtUtc",
                table: "Locations");

            migrationBuilder.DropColumn(
                name: "LockedBy",
                table: "Locations");

            migrationBuilder.CreateIndex(
                name: "IX_StockRows_LocationId",
                table: "StockRows",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_StockRows_ProductId_LocationId_SegmentKey",
                table: "StockRows",
                columns: new[] { "ProductId", "LocationId", "SegmentKey" },
                unique: true);
        }
    }
}
