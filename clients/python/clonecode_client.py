#!/usr/bin/python3
"""A CloneCode RPC client in Python, written from docs/PROTOCOL.md alone.

Usage: clonecode_client.py SERVER list          (SERVER: unix:PATH or tcp://HOST:PORT)
       clonecode_client.py SERVER get SLUG

Needs the protoc-generated module clonecode/v1/clonecode_pb2.py on PYTHONPATH:
  protoc -Iproto --python_out=OUT proto/clonecode/v1/clonecode.proto
and Debian's python3-protobuf.
"""

import socket
import struct
import sys

from clonecode.v1 import clonecode_pb2 as pb


class Client:
    def __init__(self, server: str, token: str = ""):
        if server.startswith("unix:"):
            self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            self.sock.connect(server[5:])
        else:
            host, port = server.removeprefix("tcp://").rsplit(":", 1)
            self.sock = socket.create_connection((host.strip("[]"), int(port)))
        self.token = token
        self.next_id = 1

    def _send(self, frame: pb.Frame) -> None:
        body = frame.SerializeToString()
        self.sock.sendall(struct.pack(">I", len(body)) + body)

    def _read_exactly(self, n: int) -> bytes:
        data = b""
        while len(data) < n:
            chunk = self.sock.recv(n - len(data))
            if not chunk:
                raise ConnectionError("server closed the connection")
            data += chunk
        return data

    def _receive(self) -> pb.Frame:
        (length,) = struct.unpack(">I", self._read_exactly(4))
        frame = pb.Frame()
        frame.ParseFromString(self._read_exactly(length))
        return frame

    def call(self, method: str, request, response_type, timeout_ms: int = 5000):
        call_id = self.next_id
        self.next_id += 1
        self._send(pb.Frame(call_id=call_id, kind=pb.FRAME_REQUEST, method=method, timeout_ms=timeout_ms,
                            payload=request.SerializeToString(), auth_token=self.token))
        while True:
            frame = self._receive()
            if frame.call_id == 0 and frame.code != pb.OK:
                raise RuntimeError(f"{pb.StatusCode.Name(frame.code)}: {frame.message}")
            if frame.call_id != call_id:
                continue
            if frame.code != pb.OK:
                raise RuntimeError(f"{pb.StatusCode.Name(frame.code)}: {frame.message}")
            response = response_type()
            response.ParseFromString(frame.payload)
            return response


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    client = Client(argv[1])
    if argv[2] == "list":
        reply = client.call("clonecode.v1.Questions/List", pb.ListQuestionsRequest(), pb.ListQuestionsResponse)
        for q in reply.questions:
            print(q.number, q.slug, pb.Difficulty.Name(q.difficulty), q.title, sep="\t")
    elif argv[2] == "get" and len(argv) == 4:
        q = client.call("clonecode.v1.Questions/Get", pb.GetQuestionRequest(slug=argv[3]), pb.Question)
        print(q.title)
        print(q.stub)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    try:
        main(sys.argv)
    except RuntimeError as error:
        print(f"error: {error}", file=sys.stderr)
        sys.exit(2)
