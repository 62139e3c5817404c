namespace InventoryAdmin.Domain.Model.Stock;

/// <summary>Largest-remainder apportionment: splits whole units in proportion to weights, ties by position.</summary>
public static class Apportion
{
    /// <summary>Parts summing to <paramref name="total"/>; no part exceeds its weight when total ≤ Σ weights.</summary>
    public static int[] ByWeight(int total, IReadOnlyList<long> weights)
    {
        var parts = new int[weights.Count];
        var sum = weights.Sum();
        if (total == 0 || sum == 0) return parts;

        var remainders = new long[weights.Count];
        var assigned = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            var exact = (Int128)total * weights[i];
            parts[i] = (int)(exact / sum);
            remainders[i] = (long)(exact % sum);
            assigned += parts[i];
        }

        foreach (var i in Enumerable.Range(0, parts.Length).OrderByDescending(i => remainders[i]).Take(total - assigned))
            parts[i]++;
        return parts;
    }
}
