using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Wuzhong.Infrastructure.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the API.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<WuzhongDbContext>
{
    public WuzhongDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<WuzhongDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
