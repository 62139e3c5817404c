namespace InventoryAdmin.Domain.Model.Availability;

/// <summary>How far a background consumer of segment changes got (one row per consumer; its row lock makes it run once).</summary>
public sealed class ChangeCursor
{
    private ChangeCursor()
    {
    }

    public ChangeCursor(string name) => Name = name;

    public string Name { get; private set; } = "";

    public long TxId { get; set; }

    public long ChangeId { get; set; }
}
