using InventoryAdmin.Domain.Model.Stock;

namespace InventoryAdmin.Domain.Services.Contracts;

public sealed record FiguresDto(int OnHand, int Locked, int Allocated, int Available)
{
    public static FiguresDto From(Figures f) => new(f.OnHand, f.Locked, f.Allocated, f.Available);
}
