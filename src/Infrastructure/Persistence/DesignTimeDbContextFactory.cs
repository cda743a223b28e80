using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Wuzhong.Infrastructure.Persistence;

/// <summary>
/// Let <c>dotnet ef migrations add X --context SqliteWuzhongDbContext</c> (and the others) build each provider's
/// model without a server; see docs/migrations.md.
/// </summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteWuzhongDbContext>
{
    public SqliteWuzhongDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteWuzhongDbContext>().UseSqlite("Data Source=:memory:").Options);
}

public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerWuzhongDbContext>
{
    public SqlServerWuzhongDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerWuzhongDbContext>().UseSqlServer("Server=localhost;Database=wuzhong;Trusted_Connection=True").Options);
}

public sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlWuzhongDbContext>
{
    public PostgreSqlWuzhongDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlWuzhongDbContext>().UseNpgsql("Host=localhost;Database=wuzhong").Options);
}
