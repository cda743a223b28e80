using GraphQL;
using GraphQL.SystemTextJson;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wuzhong.GraphQLEngine.Data;
using Wuzhong.Infrastructure.Tests.Persistence;

namespace Wuzhong.GraphQLEngine.Tests;

/// <summary>
/// A page of the library read through the engine as a client reads it: the selected fields' columns only, whatever the
/// fields are called (<c>heading</c> reads Title, <c>decade</c> Year), forward by cursor; and the SQL each provider makes
/// of the projected page, kept as snapshots.
/// </summary>
public sealed class ProjectionTests : IDisposable
{
    private readonly List<string> _sql = [];
    private readonly LibraryContext _db;
    private readonly Microsoft.Data.Sqlite.SqliteConnection _connection;
    private static readonly LibrarySchema Schema = new();

    public ProjectionTests() => (_db, _connection) = LibraryContext.Open(_sql.Add);

    public void Dispose()
    {
        _db.Dispose();
        _connection.Dispose();
    }

    private async Task<System.Text.Json.JsonElement> RunAsync(string query)
    {
        var services = new ServiceCollection()
            .AddSingleton<DbContext>(_db)
            .AddScoped<BatchLoaders>()
            .AddSingleton(new LibraryClock(2026))
            .AddOptions()
            .BuildServiceProvider();
        using var scope = services.CreateScope();
        _sql.Clear();
        var result = await new DocumentExecuter().ExecuteAsync(new ExecutionOptions { Schema = Schema, Query = query, RequestServices = scope.ServiceProvider });
        var json = new GraphQLSerializer().Serialize(result);
        Assert.True(result.Errors is null or { Count: 0 }, json);
        return System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("data").GetProperty("books");
    }

    [Fact]
    public async Task A_field_named_unlike_its_member_reads_that_member_and_the_page_reads_no_other_column()
    {
        var first = await RunAsync("{ books(first: 3) { nodes { heading decade } pageInfo { hasNextPage endCursor } } }");

        Assert.Equal(["Call to Arms|1920", "Wandering|1920", "Border Town|1930"],
            first.GetProperty("nodes").EnumerateArray().Select(n => $"{n.GetProperty("heading").GetString()}|{n.GetProperty("decade").GetInt32()}"));
        var page = Assert.Single(_sql);
        Assert.Contains("\"Title\"", page);
        Assert.DoesNotContain("\"Price\"", page);

        var cursor = first.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var next = await RunAsync($"{{ books(first: 3, after: \"{cursor}\") {{ nodes {{ heading }} }} }}");
        Assert.Equal(["Old Tales Retold", "Long River", "Human, Beast, Ghost"],
            next.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("heading").GetString()));
    }

    [Fact]
    public async Task A_derived_value_is_read_through_its_declared_selector_for_the_whole_page_in_one_statement()
    {
        // classic: published 75 years or more before the request's year (LibraryClock, 2026): the selector filters use.
        var books = await RunAsync("{ books(first: 8) { nodes { title classic } } }");

        Assert.Equal(["Limited Views"], books.GetProperty("nodes").EnumerateArray()
            .Where(n => !n.GetProperty("classic").GetBoolean()).Select(n => n.GetProperty("title").GetString()));
        Assert.Equal(7, books.GetProperty("nodes").EnumerateArray().Count(n => n.GetProperty("classic").GetBoolean()));
        // The page, then every book's derived value in one statement, the request's year a parameter, not text of it.
        Assert.Equal(2, _sql.Count);
        var statement = _sql[1][_sql[1].IndexOf("SELECT", StringComparison.Ordinal)..];
        Assert.Contains("Year", statement);
        Assert.DoesNotContain("2026", statement);
        Assert.DoesNotContain("1951", statement);
    }

    public static TheoryData<string> Providers => new() { "Sqlite", "SqlServer", "PostgreSql" };

    [Theory]
    [MemberData(nameof(Providers))]
    public void Each_provider_reads_a_projected_page_in_one_statement_of_the_selected_columns(string provider)
    {
        using var db = LibraryContext.WithoutDatabase(provider);
        var entity = BookEntity.Description;
        var projection = Projection.For<Book>(db, entity, new HashSet<string> { "heading", "decade" });

        var sql = KeysetPaging.Page(db.Books.AsNoTracking(), entity.DefaultOrder, new PageRequest(3, null, null, null), projection, withKeys: true)
            .ToQueryString().ReplaceLineEndings("\n").Trim() + "\n";

        TextSnapshot.Match($"projected-page.{provider}.sql", sql, "the SQL of a projected page changed; review the new text");
    }
}
