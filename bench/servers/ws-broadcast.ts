import http from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import { port, readBody, sendJson } from './http-util';

/**
 * The fan-out baseline: a plain `ws` server that broadcasts one frame, serialised once, to every
 * connected client. POST /frame sets the frame's text; POST /broadcast sends it to all clients
 * and answers with how many it was sent to.
 */

let frame = Buffer.from('{}');
const sockets = new Set<WebSocket>();

const server = http.createServer((req, res) => {
  if (req.url === '/ready') return sendJson(res, 200, JSON.stringify({ clients: sockets.size }));
  if (req.method === 'POST' && req.url === '/frame') {
    void readBody(req).then((text) => {
      frame = Buffer.from(text);
      sendJson(res, 200, JSON.stringify({ bytes: frame.length }));
    });
    return;
  }
  if (req.method === 'POST' && req.url === '/broadcast') {
    void readBody(req).then(() => {
      for (const socket of sockets) socket.send(frame, { binary: false });
      sendJson(res, 200, JSON.stringify({ sent: sockets.size }));
    });
    return;
  }
  sendJson(res, 404, '{}');
});

const wss = new WebSocketServer({ server });
wss.on('connection', (socket) => {
  sockets.add(socket);
  socket.on('close', () => sockets.delete(socket));
});

server.keepAliveTimeout = 60_000;
server.listen(port(), '127.0.0.1');
process.on('SIGTERM', () => {
  for (const socket of sockets) socket.terminate();
  wss.close();
  server.close();
  server.closeAllConnections();
  process.exit(0);
});
