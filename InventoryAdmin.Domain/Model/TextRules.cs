using System.Globalization;

namespace InventoryAdmin.Domain.Model;

/// <summary>
/// Text hygiene for every identifier, name and reason: no control characters (U+0000–U+001F, U+007F; a name that holds
/// one can be stored but never typed into a URL or a form again) and at most the length <see cref="TextLimits"/> sets.
/// Each check returns the message to show, or null when the text is fine; callers trim first.
/// </summary>
public static class TextRules
{
    public static bool HasControlCharacter(string? text) => text is not null && IndexOfControl(text) >= 0;

    /// <summary>The problem with a (trimmed) text, or null: a control character, or more than <paramref name="max"/> characters.</summary>
    /// <param name="what">How the message names the field, capitalised: "SKU", "Location code".</param>
    public static string? Problem(string? text, int max, string what)
    {
        if (text is null) return null;
        if (HasControlCharacter(text))
        {
            var at = IndexOfControl(text);
            return string.Create(CultureInfo.InvariantCulture,
                $"{what} contains a control character (U+{(int)text[at]:X4} at position {at + 1}); use printable characters only.");
        }

        return text.Length > max ? string.Create(CultureInfo.InvariantCulture, $"{what} must be at most {max:N0} characters.") : null;
    }

    /// <summary>Adds the problem of a text, if any, to <paramref name="errors"/> under <paramref name="field"/>; true when there was one.</summary>
    public static bool Check(IDictionary<string, string[]> errors, string field, string? text, int max, string what)
    {
        if (Problem(text, max, what) is not { } message) return false;
        errors[field] = [message];
        return true;
    }

    /// <summary>Throws the problem of a text, if any, as a 422 naming <paramref name="field"/>.</summary>
    public static void Require(string field, string? text, int max, string what)
    {
        if (Problem(text, max, what) is { } message) throw new InventoryRuleException(field, message);
    }

    /// <summary>
    /// The problem with a search text (search boxes, <c>search</c> query parameters), or null: blank is no search; otherwise
    /// trimmed, no control characters and at most <see cref="TextLimits.Search"/> characters.
    /// </summary>
    public static string? SearchProblem(string? search) =>
        string.IsNullOrWhiteSpace(search) ? null : Problem(search.Trim(), TextLimits.Search, "The search text");

    /// <summary>Throws the problem of a search text, if any, as a malformed request (HTTP 400) naming <c>search</c>.</summary>
    public static void RequireSearch(string? search)
    {
        if (SearchProblem(search) is { } message) throw InventoryRuleException.Malformed("search", message);
    }

    private static int IndexOfControl(string text)
    {
        for (var i = 0; i < text.Length; i++)
            if (text[i] < 0x20 || text[i] == 0x7F) return i;
        return -1;
    }
}
