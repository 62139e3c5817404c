#if POSTGRESQL
using InventoryAdmin.Tests.Services.Traits;
using InventoryAdmin.Tests.Support.PostgreSql;

namespace InventoryAdmin.Tests.Services.PostgreSql;

/// <summary>Every test of <see cref="KeepOnZeroAndInMotionTests"/>, on PostgreSQL.</summary>
public sealed class KeepOnZeroAndInMotionPostgreSqlTests() : KeepOnZeroAndInMotionTests(new PostgreSqlInventoryStore());
#endif
