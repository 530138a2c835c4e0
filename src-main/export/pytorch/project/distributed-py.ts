// distributed.py of an exported PyTorch project: Python, kept as text (String.raw: backslashes stay as
// they are) so that every way of running the lab — the build, vitest, tsx — bundles it.
export default String.raw`"""Several processes training one network with DistributedDataParallel (DDP).

Each process holds a copy of the network and trains on its share of every batch; after each
backward pass DDP averages the gradients of all processes, so every copy makes the same
update. The processes are started either by torchrun (which sets RANK, WORLD_SIZE and
LOCAL_RANK) or by "python train.py --processes N" through torch.multiprocessing.spawn.
They talk through gloo on the CPU and through NCCL between GPUs.
"""

import os
import socket
import threading
import time

import torch
import torch.distributed as dist
import torch.multiprocessing as mp


def started_by_torchrun():
    return "RANK" in os.environ and "WORLD_SIZE" in os.environ


def torchrun_place():
    """(rank, processes, local rank) of this process under torchrun."""
    return (
        int(os.environ["RANK"]),
        int(os.environ["WORLD_SIZE"]),
        int(os.environ.get("LOCAL_RANK", os.environ["RANK"])),
    )


def spawn(train, args, processes):
    """Runs train(rank, processes, local_rank, args) in "processes" new processes on this
    machine, meeting at a free port on 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    os.environ["MASTER_ADDR"] = "127.0.0.1"
    os.environ["MASTER_PORT"] = str(port)
    mp.spawn(_spawned, args=(train, args, processes), nprocs=processes, join=True)


def _spawned(rank, train, args, processes):
    # torch.multiprocessing.spawn passes the rank first
    _exit_with_parent()
    train(rank, processes, rank, args)


def _exit_with_parent():
    """Ends this process once the one that started it is gone (killed, closed terminal): left
    alone it would wait for its peers forever, using a core."""
    parent = os.getppid()

    def watch():
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def join(rank, processes, device):
    """Joins the group of processes: NCCL between GPUs, gloo otherwise."""
    backend = "nccl" if device.type == "cuda" else "gloo"
    dist.init_process_group(backend, rank=rank, world_size=processes)


def leave():
    dist.destroy_process_group()


def sum_over_processes(values, device):
    """The sums of a few numbers over all processes (every process gets them)."""
    tensor = torch.tensor(values, dtype=torch.float64, device=device)
    dist.all_reduce(tensor)
    return tensor.tolist()
`;
