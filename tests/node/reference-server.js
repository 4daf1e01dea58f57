// Simple Node.js WebSocket server example
const WebSocket = require("ws");
const wss = new WebSocket.Server({ port: 8080 });

const rooms = new Map(); // budgetId -> Set of clients

wss.on("connection", (ws) => {
  let budgetId = null;

  ws.on("message", (data) => {
    const signal = JSON.parse(data);

    // Handle connection signal
    if (signal.type === "connected") {
      budgetId = signal.budgetId;
      if (!rooms.has(budgetId)) {
        rooms.set(budgetId, new Set());
      }
      rooms.get(budgetId).add(ws);
    }

    // Handle heartbeat
    if (signal.type === "ping") {
      ws.send(JSON.stringify({ type: "pong", timestamp: Date.now() }));
      return;
    }

    // Broadcast signal to all clients in the same room
    if (budgetId && rooms.has(budgetId)) {
      rooms.get(budgetId).forEach((client) => {
        if (client !== ws && client.readyState === WebSocket.OPEN) {
          client.send(JSON.stringify(signal));
        }
      });
    }
  });

  ws.on("close", () => {
    if (budgetId && rooms.has(budgetId)) {
      rooms.get(budgetId).delete(ws);
    }
  });
});
