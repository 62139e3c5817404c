using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InventoryAdmin.Domain.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Segments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Segments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProductId = table.Column<int>(type: "INTEGER", nullable: false),
                    LocationId = table.Column<int>(type: "INTEGER", nullable: false),
                    SegmentKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OnHand = table.Column<int>(type: "INTEGER", nullable: false),
                    Locked = table.Column<int>(type: "INTEGER", nullable: false),
                    Allocated = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Segments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Segments_Locations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "Locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Segments_Products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Segments_LocationId",
                table: "Segments",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_Segments_ProductId_LocationId_SegmentKey",
                table: "Segments",
                columns: new[] { "ProductId", "LocationId", "SegmentKey" },
                unique: true);

            // Existing stock: one segment row per product, location and segment key, summed over storage locations.
            migrationBuilder.Sql("""
                INSERT INTO Segments (ProductId, LocationId, SegmentKey, OnHand, Locked, Allocated)
                SELECT ProductId, LocationId, SegmentKey, SUM(Quantity), SUM(CASE WHEN Locked THEN Quantity ELSE 0 END), 0
                FROM StockRows GROUP BY ProductId, LocationId, SegmentKey HAVING SUM(Quantity) > 0
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Segments");
        }
    }
}
