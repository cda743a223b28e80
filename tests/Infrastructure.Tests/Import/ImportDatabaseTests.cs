using Wuzhong.Infrastructure.Import;
using Wuzhong.Infrastructure.Persistence;
using Wuzhong.Infrastructure.Tests.Databases;

namespace Wuzhong.Infrastructure.Tests.Import;

/// <summary>Tests of the importer against a real, migrated database of each provider: one fresh database a test.</summary>
public abstract class ImportDatabaseTests : IDisposable
{
    private readonly TestDatabase _database;

    protected ImportDatabaseTests(TestProvider provider)
    {
        TestDatabase.SkipIfUnavailable(provider);
        _database = new TestDatabase(provider);
        _database.MigrateAsync().GetAwaiter().GetResult();
    }

    public void Dispose()
    {
        _database.Dispose();
        GC.SuppressFinalize(this);
    }

    protected WuzhongDbContext NewContext() => _database.NewContext();

    protected async Task<ImportReport> ImportAsync(string text)
    {
        await using var db = NewContext();
        return await new PlanImporter(db, ReferenceLibrary.Of(TestData.Reference), TestData.Changes(db)).ImportAsync(text);
    }

    protected async Task<T> QueryAsync<T>(Func<WuzhongDbContext, Task<T>> query)
    {
        await using var db = NewContext();
        return await query(db);
    }
}
