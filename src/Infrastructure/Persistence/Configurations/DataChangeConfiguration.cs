using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wuzhong.Infrastructure.Changes;

namespace Wuzhong.Infrastructure.Persistence.Configurations;

public sealed class DataChangeConfiguration : IEntityTypeConfiguration<DataChange>
{
    public void Configure(EntityTypeBuilder<DataChange> builder)
    {
        // Numbered by DataVersion in the writing transaction, never by the database.
        builder.HasKey(c => c.Version);
        builder.Property(c => c.Version).ValueGeneratedNever();
    }
}
