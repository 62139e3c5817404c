namespace InventoryAdmin.Domain.Model.Tags;

/// <summary>One value of a tag, e.g. Amazon of Channel, with its optional allocation % in basis points.</summary>
public sealed class TagValue
{
    private TagValue()
    {
    }

    internal TagValue(string name, int? basisPoints, int displayOrder, bool isDefault)
    {
        Update(name, basisPoints, displayOrder, isDefault);
    }

    public int Id { get; private set; }

    public int TagId { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>Allocation % × 100, or null when blank.</summary>
    public int? BasisPoints { get; private set; }

    public int DisplayOrder { get; private set; }

    public bool IsDefault { get; private set; }

    public decimal? Percent => BasisPoints is { } bp ? Tags.Percent.FromBasisPoints(bp) : null;

    internal void Update(string name, int? basisPoints, int displayOrder, bool isDefault)
    {
        Name = name;
        BasisPoints = basisPoints;
        DisplayOrder = displayOrder;
        IsDefault = isDefault;
    }
}
