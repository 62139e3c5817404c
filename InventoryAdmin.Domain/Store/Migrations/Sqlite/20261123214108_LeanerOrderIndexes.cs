using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InventoryAdmin.Domain.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LeanerOrderIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Orders_CreatedAtUtc",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_OrderItems_UnallocatedQuantity",
                table: "OrderItems");

            migrationBuilder.DropIndex(
                name: "IX_Allocations_OrderId",
                table: "Allocations");

            migrationBuilder.CreateIndex(
                name: "IX_OrderItems_UnallocatedQuantity",
                table: "OrderItems",
                column: "UnallocatedQuantity",
                filter: "\"UnallocatedQuantity\" > 0");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OrderItems_UnallocatedQuantity",
                table: "OrderItems");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_CreatedAtUtc",
                table: "Orders",
                column: "CreatedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_OrderItems_UnallocatedQuantity",
                table: "OrderItems",
                column: "UnallocatedQuantity");

            migrationBuilder.CreateIndex(
                name: "IX_Allocations_OrderId",
                table: "Allocations",
                column: "OrderId");
        }
    }
}
