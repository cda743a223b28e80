using GraphQL.Types;
using Wuzhong.GraphQLEngine.Data;
using Wuzhong.GraphQLEngine.Data.Filtering;
using Wuzhong.GraphQLEngine.Scalars;

namespace Wuzhong.GraphQLEngine.Tests;

/// <summary>The engine's GraphQL face of the library model: a books connection with where, order and paging.</summary>
public sealed class LibrarySchema : Schema
{
    public LibrarySchema()
    {
        var query = new ObjectGraphType { Name = "Query" };
        query.Field<NonNullGraphType<BooksConnectionType>>("books")
            .WithDataArguments(BookEntity.Description)
            .Resolve(_ => null);
        Query = query;
        RegisterType(new DecimalScalarType());
        foreach (var type in DataInputTypes.For([BookEntity.Description, AuthorEntity.Description]))
        {
            RegisterType(type);
        }
    }
}

public sealed class AuthorType : ObjectGraphType<Author>
{
    public AuthorType()
    {
        Field(a => a.Name);
    }
}

public sealed class BookType : ObjectGraphType<Book>
{
    public BookType()
    {
        Field(b => b.Title);
        Field(b => b.Year);
        Field<AuthorType>("author").Resolve(c => c.Source.Author);
    }
}

public sealed class BooksConnectionType() : ConnectionGraphType<BookType, Book>("Books");
