using Microsoft.EntityFrameworkCore;
using Wuzhong.GraphQLEngine.Data;
using Wuzhong.GraphQLEngine.Data.Filtering;
using Wuzhong.GraphQLEngine.Data.Sorting;
using Wuzhong.Infrastructure.Tests.Persistence;

namespace Wuzhong.GraphQLEngine.Tests;

/// <summary>
/// Authors filtered and ranked by a measure of their books: the measure computed once in a grouped table joined to the
/// authors, an author without books reading the measure's value over no books, the same rows as the correlated form;
/// and the SQL each provider makes of it, kept as snapshots.
/// </summary>
public sealed class ListMeasureHoistingTests : IDisposable
{
    private readonly List<string> _sql = [];
    private readonly LibraryContext _db;
    private readonly Microsoft.Data.Sqlite.SqliteConnection _connection;

    public ListMeasureHoistingTests() => (_db, _connection) = LibraryContext.Open(_sql.Add);

    public void Dispose()
    {
        _db.Dispose();
        _connection.Dispose();
    }

    /// <summary>authors(where: { books: { aggregates: { count: { lt: 3 } } } }, order: [{ books: { count: ASC } }]), with cursors' keys.</summary>
    private static IQueryable<PageRow<Author>> RankedByBookCount(IQueryable<Author> authors)
    {
        var entity = AuthorEntity.Description;
        var filter = FilterExpressionBuilder.Build(entity, Map(("books", Map(("aggregates", Map(("count", Map(("lt", 3)))))))));
        var order = SortKeyBuilder.Build(entity, [Map(("books", Map(("count", SortDirection.Asc))))]);
        return KeysetPaging.Page(authors.AsNoTracking().Where(filter!), order, new PageRequest(10, null, null, null), withKeys: true);
    }

    private static Dictionary<string, object?> Map((string Name, object? Value) field) => new() { [field.Name] = field.Value };

    [Fact]
    public async Task The_measure_is_computed_once_grouped_and_a_parent_without_children_reads_its_value_over_none()
    {
        _db.Authors.Add(new Author { Name = "Ba Jin" });
        await _db.SaveChangesAsync();
        _db.ChangeTracker.Clear();

        var correlated = await RankedByBookCount(_db.Authors).ToListAsync();
        _sql.Clear();
        var hoisted = await ListMeasureHoisting.Apply<Author, PageRow<Author>>(RankedByBookCount(_db.Authors), _db).ToListAsync();

        // Lu Xun and Qian Zhongshu have three books each; Ba Jin none (a count of 0 from no group), Shen Congwen two.
        Assert.Equal(["Ba Jin|0", "Shen Congwen|2"], hoisted.Select(r => $"{r.Node.Name}|{r.Keys[0]}"));
        Assert.Equal(correlated.Select(r => (r.Node.Id, string.Join(",", r.Keys))), hoisted.Select(r => (r.Node.Id, string.Join(",", r.Keys))));
        var statement = Assert.Single(_sql);
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(statement, @"SUM\(", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
        Assert.Contains("GROUP BY", statement);
    }

    [Fact]
    public async Task A_query_of_parents_without_list_measures_is_left_as_it_is()
    {
        var query = _db.Authors.AsNoTracking().Where(a => a.Name != "").OrderBy(a => a.Books.Any(b => b.Year > 1940));

        var result = ListMeasureHoisting.Apply<Author, Author>(query, _db);

        Assert.Same(query, result);
        Assert.Equal(3, await result.CountAsync());
    }

    [Fact]
    public async Task A_count_of_parents_filtered_by_a_measure_reads_the_parents_back()
    {
        var entity = AuthorEntity.Description;
        var filter = FilterExpressionBuilder.Build(entity, Map(("books", Map(("aggregates", Map(("count", Map(("gte", 3)))))))));

        var count = await ListMeasureHoisting.Apply<Author, Author>(_db.Authors.Where(filter!), _db).CountAsync();

        Assert.Equal(2, count);
    }

    [Fact]
    public async Task More_measures_than_a_grouped_row_holds_leave_the_rest_as_they_were_written()
    {
        // Seven measures sharing one column: five are hoisted, two stay correlated subqueries, the order is the same.
        var query = _db.Authors.AsNoTracking()
            .OrderByDescending(a => a.Books.Count()).ThenBy(a => a.Books.Count() + 1).ThenBy(a => a.Books.Count() + 2)
            .ThenBy(a => a.Books.Count() + 3).ThenBy(a => a.Books.Count() + 4).ThenBy(a => a.Books.Count() + 5)
            .ThenBy(a => a.Books.Count() + 6).ThenBy(a => a.Id).Select(a => a.Name);

        var correlated = await query.ToListAsync();
        _sql.Clear();
        var hoisted = await ListMeasureHoisting.Apply<Author, string>(query, _db).ToListAsync();

        Assert.Equal(correlated, hoisted);
        var statement = Assert.Single(_sql);
        Assert.Contains("GROUP BY", statement);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(statement, @"COUNT\(\*\)", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
    }

    public static TheoryData<string> Providers => new() { "Sqlite", "SqlServer", "PostgreSql" };

    [Theory]
    [MemberData(nameof(Providers))]
    public void Each_provider_joins_one_grouped_table_to_the_parents(string provider)
    {
        using var db = LibraryContext.WithoutDatabase(provider);

        var sql = ListMeasureHoisting.Apply<Author, PageRow<Author>>(RankedByBookCount(db.Authors), db).ToQueryString().ReplaceLineEndings("\n").Trim() + "\n";

        TextSnapshot.Match($"parents-by-a-list-measure.{provider}.sql", sql, "the SQL of parents ranked by a measure of their list changed; review the new text");
    }
}
