using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Wuzhong.GraphQLEngine.Data;

namespace Wuzhong.GraphQLEngine.Tests;

/// <summary>A small model of the engine's own, unrelated to the work plan: authors, their books and the books' tags.</summary>
public sealed class Author
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public List<Book> Books { get; set; } = [];
}

public sealed class Book
{
    public int Id { get; set; }
    public string Title { get; set; } = "";
    public int Year { get; set; }
    public decimal? Price { get; set; }
    public int AuthorId { get; set; }
    public Author? Author { get; set; }
}

public sealed class LibraryContext(DbContextOptions<LibraryContext> options) : DbContext(options)
{
    public DbSet<Author> Authors => Set<Author>();
    public DbSet<Book> Books => Set<Book>();

    /// <summary>A context of one provider's SQL and no database behind it: for <c>ToQueryString</c> only.</summary>
    public static LibraryContext WithoutDatabase(string provider)
    {
        var options = new DbContextOptionsBuilder<LibraryContext>();
        _ = provider switch
        {
            "Sqlite" => options.UseSqlite("Data Source=:memory:"),
            "SqlServer" => options.UseSqlServer("Server=none"),
            _ => options.UseNpgsql("Host=none"),
        };
        return new LibraryContext(options.Options);
    }

    /// <summary>An in-memory SQLite database with three authors and eight books; dispose the connection to drop it.</summary>
    public static (LibraryContext Db, SqliteConnection Connection) Open(Action<string>? log = null)
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        var builder = new DbContextOptionsBuilder<LibraryContext>().UseSqlite(connection);
        if (log is not null)
        {
            builder.LogTo(log, [Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandExecuted]);
        }
        var db = new LibraryContext(builder.Options);
        db.Database.EnsureCreated();
        var (lu, shen, qian) = (new Author { Name = "Lu Xun" }, new Author { Name = "Shen Congwen" }, new Author { Name = "Qian Zhongshu" });
        db.Authors.AddRange(lu, shen, qian);
        db.Books.AddRange(
            new Book { Title = "Call to Arms", Year = 1923, Price = 12.5m, Author = lu },
            new Book { Title = "Wandering", Year = 1926, Price = 11m, Author = lu },
            new Book { Title = "Old Tales Retold", Year = 1936, Author = lu },
            new Book { Title = "Border Town", Year = 1934, Price = 9.9m, Author = shen },
            new Book { Title = "Long River", Year = 1945, Price = 14m, Author = shen },
            new Book { Title = "Fortress Besieged", Year = 1947, Price = 20m, Author = qian },
            new Book { Title = "Limited Views", Year = 1979, Price = 30m, Author = qian },
            new Book { Title = "Human, Beast, Ghost", Year = 1946, Author = qian });
        db.SaveChanges();
        db.ChangeTracker.Clear();
        return (db, connection);
    }
}

/// <summary>What authors are filtered and sorted by.</summary>
public static class AuthorEntity
{
    public static EntityDeclaration<Author> Description { get; } = new EntityDeclaration<Author>("Author")
        .ShownAs<AuthorType>("A writer.").Node()
        .Value("name", a => a.Name, "The author's name.")
        .List("books", a => a.Books, () => BookEntity.Description, "The author's books.")
        .OrderedBy(SortKey.By<Author, string>(a => a.Name), SortKey.By<Author, int>(a => a.Id));
}

/// <summary>What books are filtered and sorted by.</summary>
public static class BookEntity
{
    public static EntityDeclaration<Book> Description { get; } = new EntityDeclaration<Book>("Book")
        .ShownAs<BookType>("A book.").Node().Connection("Books")
        .Value("title", b => b.Title, "The title.")
        .Value("year", b => b.Year, "The year of first publication.")
        .Value("price", b => b.Price, "The price, when known.")
        // Named unlike the member they read: the projection reads the members, not columns named like the fields.
        .Value("heading", b => b.Title, "The title, as a heading.")
        .Value("decade", b => b.Year / 10 * 10, "The decade of first publication, e.g. 1920.")
        .Related("author", b => b.Author, () => AuthorEntity.Description, "The author.")
        // Depends on the request: how old a book is today.
        .Derived<bool, LibraryClock>("classic", (b, clock) => b.Year <= clock.Year - 75, "Published 75 years ago or more.")
        .MeasuredBy(() => BookMeasures.Description)
        .OrderedBy(SortKey.By<Book, int>(b => b.Year), SortKey.By<Book, int>(b => b.Id));
}

/// <summary>The measures of a list of books, by which authors are filtered and sorted.</summary>
public static class BookMeasures
{
    public static EntityDeclaration<IEnumerable<Book>> Description { get; } = new EntityDeclaration<IEnumerable<Book>>("BookAggregates")
        .Derived("count", books => books.Count(), "Books in the list.")
        .Derived("averagePrice", books => books.Average(b => b.Price), "The average known price; null when none is known.");
}

/// <summary>A request's service that a derived value reads: the current year.</summary>
public sealed record LibraryClock(int Year);
