using Microsoft.EntityFrameworkCore;
using Wuzhong.Infrastructure.Documents;
using Wuzhong.Infrastructure.Tests.Databases;

namespace Wuzhong.Infrastructure.Tests.Documents;

/// <summary>
/// Servers starting together each register the dashboard's documents: registrations of one document at once, each
/// through a connection of its own, all succeed with the same id, and the document is stored once.
/// </summary>
public sealed class TrustedDocumentsTests
{
    private const string Document = "query Together { plans { nodes { code } } }";

    [SkippableTheory]
    [InlineData(TestProvider.Sqlite)]
    [InlineData(TestProvider.PostgreSql)]
    public async Task Registrations_of_one_document_at_once_all_succeed_and_store_it_once(TestProvider provider)
    {
        TestDatabase.SkipIfUnavailable(provider);
        using var database = new TestDatabase(provider);
        await database.MigrateAsync();
        using var start = new Barrier(8);

        var registrations = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            await using var db = database.NewContext();
            await db.Database.OpenConnectionAsync();
            start.SignalAndWait(TimeSpan.FromSeconds(10));
            return await new TrustedDocuments(db, TestData.Changes(db), TimeProvider.System).RegisterAsync("together.graphql", Document, CancellationToken.None);
        })));

        Assert.Single(registrations.Select(r => r.Id).Distinct());
        Assert.Equal(1, registrations.Count(r => r.Added));
        await using var check = database.NewContext();
        Assert.Equal(1, await check.TrustedDocuments.CountAsync());
    }
}
