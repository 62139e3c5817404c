namespace InventoryAdmin.Components.Shared;

/// <summary>How long something has waited, the way a monitor reads: "45 min", "2 h 5 min", "3 d 4 h".</summary>
public static class Age
{
    public static string Format(TimeSpan age)
    {
        if (age < TimeSpan.FromMinutes(1)) return "< 1 min";
        if (age < TimeSpan.FromHours(1)) return $"{(int)age.TotalMinutes} min";
        if (age < TimeSpan.FromDays(1)) return age.Minutes == 0 ? $"{(int)age.TotalHours} h" : $"{(int)age.TotalHours} h {age.Minutes} min";
        return age.Hours == 0 ? $"{(int)age.TotalDays} d" : $"{(int)age.TotalDays} d {age.Hours} h";
    }

    /// <summary>The age of a UTC time at <paramref name="now"/>.</summary>
    public static string Since(DateTime utc, DateTimeOffset now) => Format(now.UtcDateTime - utc);
}
