namespace InventoryAdmin.Domain.Model.Tags;

/// <summary>Percentages are stored as integer basis points (50.00 % = 5000): SQLite cannot compare decimals.</summary>
public static class Percent
{
    public const int Whole = 10_000;

    public static int ToBasisPoints(decimal percent) => (int)decimal.Round(percent * 100m, MidpointRounding.AwayFromZero);

    public static decimal FromBasisPoints(int basisPoints) => basisPoints / 100m;

    public static bool HasAtMostTwoDecimals(decimal percent) => decimal.Round(percent, 2) == percent;
}
