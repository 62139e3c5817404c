namespace InventoryAdmin.Domain.Services;

/// <summary>Makes a user's search text literal inside a SQL LIKE pattern (a '%' or '_' they type is not a wildcard).</summary>
internal static class LikePattern
{
    public const string EscapeCharacter = "\\";

    public static string Escape(string text) =>
        text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
