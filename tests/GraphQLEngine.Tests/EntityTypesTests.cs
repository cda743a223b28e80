using GraphQL;
using GraphQL.Types;

namespace Wuzhong.GraphQLEngine.Tests;

/// <summary>One declaration per entity gives its object, connection, edge and input types, with the declared nullability.</summary>
public sealed class EntityTypesTests
{
    private static readonly string Sdl = new LibrarySchema().Print();

    private static string Block(string header)
    {
        var start = Sdl.IndexOf(header + " {", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no {header} in\n{Sdl}");
        return Sdl[start..Sdl.IndexOf("\n}", start, StringComparison.Ordinal)];
    }

    [Fact]
    public void The_object_type_shows_every_declared_value_and_relation_with_its_nullability()
    {
        var book = Block("type Book implements Node");

        Assert.Contains("id: ID!", book);
        Assert.Contains("title: String!", book);
        Assert.Contains("year: Int!", book);
        Assert.Contains("price: Decimal\n", book + "\n");
        Assert.Contains("author: Author!", book);
        Assert.Contains("\"The year of first publication.\"", book);
    }

    [Fact]
    public void The_connection_edge_and_inputs_are_named_as_HotChocolate_names_them()
    {
        Assert.Contains("nodes: [Book!]!", Block("type BooksConnection"));
        Assert.Contains("node: Book!", Block("type BooksEdge"));
        Assert.Contains("author: AuthorFilterInput", Block("input BookFilterInput"));
        Assert.Contains("books: ListFilterInputTypeOfBookFilterInput", Block("input AuthorFilterInput"));
        Assert.Contains("price: SortEnumType", Block("input BookSortInput"));
        Assert.Contains("where: BookFilterInput", Block("type Query"));
        Assert.Contains("): BooksConnection!", Block("type Query"));
    }
}
