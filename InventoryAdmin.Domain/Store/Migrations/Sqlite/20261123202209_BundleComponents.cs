using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InventoryAdmin.Domain.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BundleComponents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "FromComponents",
                table: "Allocations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "BundleComponents",
                columns: table => new
                {
                    BundleId = table.Column<int>(type: "INTEGER", nullable: false),
                    ComponentId = table.Column<int>(type: "INTEGER", nullable: false),
                    QuantityPerBundle = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BundleComponents", x => new { x.BundleId, x.ComponentId });
                    table.ForeignKey(
                        name: "FK_BundleComponents_Products_BundleId",
                        column: x => x.BundleId,
                        principalTable: "Products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BundleComponents_Products_ComponentId",
                        column: x => x.ComponentId,
                        principalTable: "Products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ComponentReservations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AllocationId = table.Column<long>(type: "INTEGER", nullable: false),
                    ProductId = table.Column<int>(type: "INTEGER", nullable: false),
                    LocationId = table.Column<int>(type: "INTEGER", nullable: false),
                    SegmentKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    QuantityPerBundle = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComponentReservations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComponentReservations_Allocations_AllocationId",
                        column: x => x.AllocationId,
                        principalTable: "Allocations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ComponentReservations_Products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BundleComponents_ComponentId",
                table: "BundleComponents",
                column: "ComponentId");

            migrationBuilder.CreateIndex(
                name: "IX_ComponentReservations_AllocationId",
                table: "ComponentReservations",
                column: "AllocationId");

            migrationBuilder.CreateIndex(
                name: "IX_ComponentReservations_ProductId_LocationId_SegmentKey",
                table: "ComponentReservations",
                columns: new[] { "ProductId", "LocationId", "SegmentKey" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BundleComponents");

            migrationBuilder.DropTable(
                name: "ComponentReservations");

            migrationBuilder.DropColumn(
                name: "FromComponents",
                table: "Allocations");
        }
    }
}
