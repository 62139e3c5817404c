namespace InventoryAdmin.Domain.Model.Stock;

/// <summary>The four figures of SPEC §2 for a segment, a location or a record; sums add up.</summary>
public readonly record struct Figures(int OnHand, int Locked, int Allocated)
{
    public static readonly Figures Zero = new(0, 0, 0);

    public int Available => Math.Max(0, OnHand - Locked - Allocated);

    /// <summary>More is allocated than can be picked: shown with a warning, never hidden.</summary>
    public bool IsShort => Allocated > OnHand - Locked;

    public static Figures operator +(Figures a, Figures b) => new(a.OnHand + b.OnHand, a.Locked + b.Locked, a.Allocated + b.Allocated);

    public static Figures Sum(IEnumerable<Figures> parts) => parts.Aggregate(Zero, (a, b) => a + b);
}
