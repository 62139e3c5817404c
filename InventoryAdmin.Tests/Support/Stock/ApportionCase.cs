namespace InventoryAdmin.Tests.Support.Stock;

/// <summary>A random input of <see cref="InventoryAdmin.Domain.Model.Stock.Apportion.ByWeight"/>: a total and the weights.</summary>
public sealed record ApportionCase(int Total, IReadOnlyList<long> Weights)
{
    public long WeightSum => Weights.Sum();

    public override string ToString() => $"total={Total}; weights=[{string.Join(", ", Weights)}]";
}
