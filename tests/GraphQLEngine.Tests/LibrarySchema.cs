using GraphQL.Types;
using Wuzhong.GraphQLEngine.Data;
using Wuzhong.GraphQLEngine.Nodes;

namespace Wuzhong.GraphQLEngine.Tests;

/// <summary>The engine's GraphQL face of the library model, made from the two declarations alone.</summary>
public sealed class LibrarySchema : Schema
{
    public LibrarySchema()
    {
        var query = new ObjectGraphType { Name = "Query" };
        NodeQueries.AddTo(query, [BookEntity.Description, AuthorEntity.Description]);
        query.RootConnection("books", BookEntity.Description);
        Query = query;
        EntityTypes.RegisterWith(this, [BookEntity.Description, AuthorEntity.Description], TimeZoneInfo.Utc);
    }
}

public sealed class AuthorType() : EntityGraphType<Author>(AuthorEntity.Description);

public sealed class BookType() : EntityGraphType<Book>(BookEntity.Description);
