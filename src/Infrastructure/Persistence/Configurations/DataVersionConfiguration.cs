using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wuzhong.Infrastructure.Changes;

namespace Wuzhong.Infrastructure.Persistence.Configurations;

public sealed class DataVersionConfiguration : IEntityTypeConfiguration<DataVersion>
{
    public void Configure(EntityTypeBuilder<DataVersion> builder)
    {
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        // The row exists from the first migration on: writers only ever update it.
        builder.HasData(new DataVersion { Id = DataVersion.SingletonId, Value = 0 });
    }
}
