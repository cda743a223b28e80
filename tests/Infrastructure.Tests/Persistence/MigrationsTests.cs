using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Wuzhong.Infrastructure.Persistence;

namespace Wuzhong.Infrastructure.Tests.Persistence;

/// <summary>
/// Each provider's migrations capture the whole model, and the SQL Server schema, which no machine here can run,
/// is kept as a reviewed script: a model change shows in its diff.
/// </summary>
public class MigrationsTests
{
    public static TheoryData<string> Providers => new() { "Sqlite", "SqlServer", "PostgreSql" };

    private static WuzhongDbContext DesignTimeContext(string provider) => provider switch
    {
        "Sqlite" => new SqliteDesignTimeFactory().CreateDbContext([]),
        "SqlServer" => new SqlServerDesignTimeFactory().CreateDbContext([]),
        _ => new PostgreSqlDesignTimeFactory().CreateDbContext([]),
    };

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_migrations_of_each_provider_are_current(string provider)
    {
        using var db = DesignTimeContext(provider);

        Assert.True(db.Database.GetMigrations().Any(), $"{provider} has no migrations");
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model has changes that no {provider} migration captures. Add one for every provider, e.g.:\n" +
            $"  dotnet ef migrations add <Name> --project src/Infrastructure --context {provider}WuzhongDbContext " +
            $"--output-dir Persistence/Migrations/{provider} --namespace Wuzhong.Infrastructure.Persistence.Migrations.{provider}");
    }

    [Fact]
    public void The_SQL_Server_script_matches_the_reviewed_one()
    {
        using var db = DesignTimeContext("SqlServer");
        var script = db.Database.GenerateCreateScript().ReplaceLineEndings("\n").Trim() + "\n";

        TextSnapshot.Match("sqlserver-create.sql", script,
            "the SQL Server schema changed; review the new script in the snapshot folder, then delete the old one and run the tests again");
    }
}
