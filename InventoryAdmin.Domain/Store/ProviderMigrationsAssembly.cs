using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace InventoryAdmin.Domain.Store;

/// <summary>
/// One context, one migrations set per engine, side by side in the context's assembly: the migrations (and the model
/// snapshot) of <c>&lt;context namespace&gt;.Migrations.&lt;Sqlite|PostgreSQL&gt;</c>. EF's own lookup takes every migration of
/// the context in the assembly, which would mix the two engines' sets; separate migration assemblies would need one
/// project per engine and context (and the Identity context lives in the web project).
/// </summary>
public sealed class ProviderMigrationsAssembly : IMigrationsAssembly
{
    private readonly Type contextType;
    private readonly string migrationsNamespace;
    private readonly Lazy<IReadOnlyDictionary<string, TypeInfo>> migrations;
    private readonly Lazy<ModelSnapshot?> snapshot;

    public ProviderMigrationsAssembly(ICurrentDbContext currentContext, IDatabaseProvider provider)
    {
        contextType = currentContext.Context.GetType();
        migrationsNamespace = MigrationsNamespace(contextType, InventoryDatabase.ProviderOf(provider.Name));
        Assembly = contextType.Assembly;
        migrations = new(() => Types()
            .Where(t => t.IsSubclassOf(typeof(Migration)) && t.GetCustomAttribute<MigrationAttribute>() is not null)
            .OrderBy(t => t.GetCustomAttribute<MigrationAttribute>()!.Id, StringComparer.Ordinal)
            .ToDictionary(t => t.GetCustomAttribute<MigrationAttribute>()!.Id, t => t));
        snapshot = new(() => Types().Where(t => t.IsSubclassOf(typeof(ModelSnapshot)))
            .Select(t => (ModelSnapshot)Activator.CreateInstance(t.AsType())!).FirstOrDefault());
    }

    /// <summary>Where the migrations of <paramref name="contextType"/> for <paramref name="provider"/> live (and <c>dotnet ef --namespace</c> writes them).</summary>
    public static string MigrationsNamespace(Type contextType, DatabaseProvider provider) => $"{contextType.Namespace}.Migrations.{provider}";

    public IReadOnlyDictionary<string, TypeInfo> Migrations => migrations.Value;

    public ModelSnapshot? ModelSnapshot => snapshot.Value;

    public Assembly Assembly { get; }

    public string? FindMigrationId(string nameOrId) =>
        Migrations.Keys.FirstOrDefault(id => string.Equals(id, nameOrId, StringComparison.OrdinalIgnoreCase)
            || string.Equals(id[(id.IndexOf('_') + 1)..], nameOrId, StringComparison.OrdinalIgnoreCase));

    public Migration CreateMigration(TypeInfo migrationClass, string activeProvider)
    {
        var migration = (Migration)Activator.CreateInstance(migrationClass.AsType())!;
        migration.ActiveProvider = activeProvider;
        return migration;
    }

    private IEnumerable<TypeInfo> Types() => Assembly.DefinedTypes.Where(t => !t.IsAbstract && t.Namespace == migrationsNamespace
        && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == contextType);
}
