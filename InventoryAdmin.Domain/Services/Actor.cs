using InventoryAdmin.Domain.Model.Ledger;

namespace InventoryAdmin.Domain.Services;

/// <summary>Who asks for a change and through what: written into the ledger.</summary>
public sealed record Actor(string Name, MovementSource Source);
