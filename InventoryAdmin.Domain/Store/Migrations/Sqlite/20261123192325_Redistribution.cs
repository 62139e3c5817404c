using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InventoryAdmin.Domain.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Redistribution : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RedistributionJobs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ScopeSkus = table.Column<string>(type: "TEXT", maxLength: 200000, nullable: false),
                    ScopeUpcs = table.Column<string>(type: "TEXT", maxLength: 200000, nullable: false),
                    ScopeLocationCodes = table.Column<string>(type: "TEXT", maxLength: 200000, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FinishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RecordsTotal = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordsDone = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordsTouched = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitsMoved = table.Column<long>(type: "INTEGER", nullable: false),
                    ResidualCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Cursor = table.Column<long>(type: "INTEGER", nullable: false),
                    CancelRequested = table.Column<bool>(type: "INTEGER", nullable: false),
                    Error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CancelledBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RedistributionJobs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RedistributionResiduals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    JobId = table.Column<long>(type: "INTEGER", nullable: false),
                    ProductId = table.Column<int>(type: "INTEGER", nullable: false),
                    LocationId = table.Column<int>(type: "INTEGER", nullable: false),
                    SegmentKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Target = table.Column<int>(type: "INTEGER", nullable: false),
                    Actual = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RedistributionResiduals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RedistributionResiduals_RedistributionJobs_JobId",
                        column: x => x.JobId,
                        principalTable: "RedistributionJobs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RedistributionJobs_Status",
                table: "RedistributionJobs",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_RedistributionResiduals_JobId",
                table: "RedistributionResiduals",
                column: "JobId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RedistributionResiduals");

            migrationBuilder.DropTable(
                name: "RedistributionJobs");
        }
    }
}
