using Microsoft.EntityFrameworkCore;
using Wuzhong.GraphQLEngine.Data.Filtering;

namespace Wuzhong.GraphQLEngine.Tests;

/// <summary>A parsed <c>where</c> becomes one SQL condition: the rows SQLite returns are the ones the filter means.</summary>
public sealed class FilterToSqlTests : IDisposable
{
    private readonly List<string> _sql = [];
    private readonly LibraryContext _db;
    private readonly Microsoft.Data.Sqlite.SqliteConnection _connection;

    public FilterToSqlTests() => (_db, _connection) = LibraryContext.Open(_sql.Add);

    public void Dispose()
    {
        _db.Dispose();
        _connection.Dispose();
    }

    private static Dictionary<string, object?> Map(params (string Key, object? Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value);

    private List<string> Titles(Dictionary<string, object?> where)
    {
        var filter = FilterExpressionBuilder.Build(BookEntity.Description, where)!;
        _sql.Clear();
        var titles = _db.Books.Where(filter).OrderBy(b => b.Id).Select(b => b.Title).ToList();
        Assert.Single(_sql);
        Assert.Contains("WHERE", _sql[0]);
        return titles;
    }

    [Fact]
    public void Fields_of_one_object_all_hold_and_a_relation_is_joined_in_SQL()
    {
        var titles = Titles(Map(("year", Map(("gte", 1940))), ("author", Map(("name", Map(("startsWith", "Qian")))))));

        Assert.Equal(["Fortress Besieged", "Limited Views", "Human, Beast, Ghost"], titles);
        Assert.Contains("JOIN", _sql[0]);
    }

    [Fact]
    public void Or_combines_objects_and_eq_null_finds_a_missing_value()
    {
        var titles = Titles(Map(("or", new List<object?> { Map(("price", Map(("eq", null)))), Map(("title", Map(("contains", "River")))) })));

        Assert.Equal(["Old Tales Retold", "Long River", "Human, Beast, Ghost"], titles);
    }

    [Fact]
    public void A_list_is_filtered_with_some_all_and_none()
    {
        List<string> Authors(string op, Dictionary<string, object?> book)
        {
            var filter = FilterExpressionBuilder.Build(AuthorEntity.Description, Map(("books", Map((op, book)))))!;
            return _db.Authors.Where(filter).OrderBy(a => a.Id).Select(a => a.Name).ToList();
        }

        var after1930 = Map(("year", Map(("gt", 1930))));
        Assert.Equal(["Lu Xun", "Shen Congwen", "Qian Zhongshu"], Authors("some", after1930));
        Assert.Equal(["Shen Congwen", "Qian Zhongshu"], Authors("all", after1930));
        Assert.Equal(["Lu Xun", "Shen Congwen"], Authors("none", Map(("price", Map(("gte", 20m))))));
    }

    [Fact]
    public void No_filter_is_no_condition()
    {
        Assert.Null(FilterExpressionBuilder.Build(BookEntity.Description, null));
        Assert.Null(FilterExpressionBuilder.Build(BookEntity.Description, Map()));
    }

    [Fact]
    public void Validation_names_the_path_of_each_problem_and_asks_the_store_about_text()
    {
        var where = Map(("title", Map(("gt", null))), ("author", Map(("name", Map(("eq", "a\0b"))))));

        var problems = FilterValidation.Problems(where, "books.where", new NoNulRule()).ToList();

        Assert.Equal(2, problems.Count);
        Assert.StartsWith("books.where.title.gt: needs a value", problems[0]);
        Assert.StartsWith("books.where.author.name.eq: the text contains U+0000", problems[1]);
        Assert.Single(FilterValidation.Problems(where, "books.where", rules: null));
    }

    private sealed class NoNulRule : IFilterValueRules
    {
        public bool IsStorableText(string text) => !text.Contains('\0');
    }
}
