// The client-side router renders /, /orders and /orders/{id}; data comes from /api/.
fetch('/api/orders').then((r) => r.json()).then((orders) => console.log(orders));
