using InventoryAdmin.Domain.Store;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Tests.Support.Domain;

/// <summary>Creates a fresh <see cref="InventoryDbContext"/> per call, as the app's pooled factory does.</summary>
public sealed class InventoryDbContextFactory(DbContextOptions<InventoryDbContext> options) : IDbContextFactory<InventoryDbContext>
{
    public InventoryDbContext CreateDbContext() => new(options);
}
