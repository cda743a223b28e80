using GraphQL;
using GraphQLParser;
using GraphQLParser.AST;
using Wuzhong.GraphQLEngine.Limits;

namespace Wuzhong.GraphQLEngine.Tests;

/// <summary>The cost of a document, read from the document alone, as HotChocolate counts it.</summary>
public sealed class CostTests
{
    private static readonly LibrarySchema Schema = new();

    private static OperationCost Cost(string query, Inputs? variables = null, int? tablePageSize = null)
    {
        var document = Parser.Parse(query);
        var operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single();
        return new CostAnalyzer(Schema, new RequestLimitOptions { DefaultListSize = 10 }, defaultPageSize: 50, tablePageSize).Analyze(document, operation, variables);
    }

    [Fact]
    public void A_connection_multiplies_its_selection_by_its_page_size()
    {
        // books(first: 10): 1 field + 1 argument node; nodes: 1; title, author and author.name: 10 each.
        // Objects: the connection, 10 books, 10 authors. Depth: books, nodes, author, name.
        var cost = Cost("{ books(first: 10) { nodes { title author { name } } } }");

        Assert.Equal(new OperationCost(FieldCost: 2 + 1 + 10 + 10 + 10, TypeCost: 1 + 10 + 10, Depth: 4, InputDepth: 1, InputNodes: 1), cost);
    }

    [Fact]
    public void Without_first_the_default_page_counts_and_variables_are_read()
    {
        Assert.Equal(1 + 1 + 50, Cost("{ books { nodes { title } } }").FieldCost);
        Assert.Equal(2 + 1 + 7, Cost("query($n: Int) { books(first: $n) { nodes { title } } }", new Inputs(new Dictionary<string, object?> { ["n"] = 7 })).FieldCost);
    }

    [Fact]
    public void A_filter_weighs_its_nodes_and_depth()
    {
        var cost = Cost("{ books(where: { or: [{ year: { gt: 1930 } }, { title: { eq: \"Wandering\" } }] }) { totalCount } }");

        // where { or [ {year {gt}} {title {eq}} ] }: the object, the list, two objects, two objects, two values.
        Assert.Equal(8, cost.InputNodes);
        Assert.Equal(5, cost.InputDepth);
    }

    [Fact]
    public void A_request_for_whole_tables_prices_a_table_at_its_page_and_a_sized_page_as_asked()
    {
        // An export: books without first is a table of its own, taken whole (up to 1,000 rows here).
        Assert.Equal(1 + 1 + 1000, Cost("{ books { nodes { title } } }", tablePageSize: 1000).FieldCost);
        Assert.Equal(2 + 1 + 7, Cost("{ books(first: 7) { nodes { title } } }", tablePageSize: 1000).FieldCost);
        // Under an alias, in a fragment: still a table; the price is the same.
        Assert.Equal(1 + 1 + 1000, Cost("{ all: books { ...page } } fragment page on BooksConnection { nodes { title } }", tablePageSize: 1000).FieldCost);
    }
}
