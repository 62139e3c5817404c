using System.Text.Json.Serialization;

namespace InventoryAdmin.Domain.Services.Contracts;

/// <summary>A tag value as shown and sent; <see cref="Id"/> is internal to the editor, not part of the API.</summary>
public sealed record TagValueDto(string Name, decimal? Percent, [property: JsonIgnore] int Id = 0);
