namespace InventoryAdmin.Domain.Model.Stock;

/// <summary>
/// The four figures of SPEC §2. A segment's Available is max(0, On Hand − Locked − Allocated); a location's or
/// record's figures are the sums of its segments', Available included, so they always add up.
/// </summary>
public readonly record struct Figures
{
    public static readonly Figures Zero = new(0, 0, 0);

    /// <summary>A segment's figures.</summary>
    public Figures(int onHand, int locked, int allocated)
        : this(onHand, locked, allocated, Math.Max(0, onHand - locked - allocated))
    {
    }

    private Figures(int onHand, int locked, int allocated, int available)
    {
        OnHand = onHand;
        Locked = locked;
        Allocated = allocated;
        Available = available;
    }

    public int OnHand { get; }

    public int Locked { get; }

    public int Allocated { get; }

    public int Available { get; }

    /// <summary>More is allocated than can be picked: shown with a warning, never hidden.</summary>
    public bool IsShort => Allocated > OnHand - Locked;

    /// <summary>Figures already summed over segments (Available given, not recomputed).</summary>
    public static Figures Summed(int onHand, int locked, int allocated, int available) => new(onHand, locked, allocated, available);

    public static Figures operator +(Figures a, Figures b) =>
        new(checked(a.OnHand + b.OnHand), checked(a.Locked + b.Locked), checked(a.Allocated + b.Allocated), checked(a.Available + b.Available));

    public static Figures Sum(IEnumerable<Figures> parts) => parts.Aggregate(Zero, (a, b) => a + b);
}
