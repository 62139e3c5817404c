using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InventoryAdmin.Domain.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SegmentsWithoutLocationIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Segments_Locations_LocationId",
                table: "Segments");

            migrationBuilder.DropIndex(
                name: "IX_Segments_LocationId",
                table: "Segments");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Segments_LocationId",
                table: "Segments",
                column: "LocationId");

            migrationBuilder.AddForeignKey(
                name: "FK_Segments_Locations_LocationId",
                table: "Segments",
                column: "LocationId",
                principalTable: "Locations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }
    }
}
