using InventoryAdmin.Domain.Model;
using InventoryAdmin.Domain.Model.Traits;

namespace InventoryAdmin.Domain.Services.Stock;

/// <summary>Reads trait maps as sent by the API and pages ("PICKABLE": true | false | null) and checks reasons.</summary>
internal static class TraitInput
{
    public const int MaxReasonLength = TextLimits.Reason;

    /// <summary>The configuration a map describes; traits left out are unset. Unknown names are reported as <c>traits.NAME</c>.</summary>
    public static TraitConfig Parse(IReadOnlyDictionary<string, bool?>? map)
    {
        var errors = new Dictionary<string, string[]>();
        var config = TraitConfig.Unset;
        foreach (var (name, setting) in map ?? new Dictionary<string, bool?>())
        {
            if (Traits.TryParse(name, out var trait)) config = config.With(trait, setting);
            else errors[$"traits.{name}"] = [$"'{name}' is not a trait. Traits: {string.Join(", ", Traits.All.Select(Traits.Name))}."];
        }

        if (errors.Count > 0) throw new InventoryRuleException(errors.First().Value[0], errors);
        return config;
    }

    public static IReadOnlyDictionary<string, bool?> ToMap(TraitConfig config) =>
        config.ToMap().ToDictionary(t => Traits.Name(t.Key), t => t.Value);

    public static string Reason(string? reason, string fallback)
    {
        var trimmed = string.IsNullOrWhiteSpace(reason) ? fallback : reason.Trim();
        TextRules.Require("reason", trimmed, MaxReasonLength, "The reason");
        return trimmed;
    }
}
