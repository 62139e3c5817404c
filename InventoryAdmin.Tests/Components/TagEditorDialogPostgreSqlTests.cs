#if POSTGRESQL
using InventoryAdmin.Domain.Store;

namespace InventoryAdmin.Tests.Components;

/// <summary>Every test of <see cref="TagEditorDialogTests"/>, over a PostgreSQL database of its own.</summary>
public sealed class TagEditorDialogPostgreSqlTests() : TagEditorDialogTests(DatabaseProvider.PostgreSQL);
#endif
