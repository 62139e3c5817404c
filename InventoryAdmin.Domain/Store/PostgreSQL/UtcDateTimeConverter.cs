using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace InventoryAdmin.Domain.Store.PostgreSQL;

/// <summary>Every stored instant is UTC; a DateTime of unspecified kind (as SQLite and the tests hand them out) is taken as UTC.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : v, DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
