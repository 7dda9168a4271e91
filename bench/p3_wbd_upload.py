"""P3: upload a file to WBD (`client.wbd.upload_content`) against the emulator running in its own
process at real time scale, then download it back, and the same file with a bare httpx stream
to disk from the same emulator (the baseline, same run; the median of `--rounds` each, taken in
turns). The file is sparse, made on disk in a temp dir (never in memory). Reports the client
process's peak RSS (VmHWM; the emulator is another process, not counted), the chunk rate the
emulator stamped against the documented 10 requests/s of `Upload content (file)`, and the
download's speed against the bare stream's. Goals: chunk rate / 10 >= 0.97 with 0 x 429;
download >= 0.95 of the bare stream; peak RSS a few parts above the baseline, whatever the size.

    python bench/p3_wbd_upload.py [--size-mib 256] [--rounds 5] [--no-download]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import tempfile
import time
import urllib.request
from pathlib import Path

import httpx
from _util import emulator_process, median, result

import wbseller
from wbseller.operations import operation, rate

MIB = 1024 * 1024
CHUNK = "/upload/chunk"
# the emulator's pipeline after the last part, shortened: this bench measures the transfer
SETTINGS = {"wbd.upload_seconds": 0.5, "wbd.processing_seconds": 1.0}


def vm_hwm_mib() -> float:
    """Peak resident set of this process (VmHWM; ru_maxrss where /proc is missing)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def wbd_token(base: str) -> str:
    req = urllib.request.Request(
        base + "/__emulator__/token", data=json.dumps({"categories": ["wbd"]}).encode(), method="POST"
    )
    return str(json.loads(urllib.request.urlopen(req).read())["token"])


def sparse_file(directory: Path, size: int) -> Path:
    path = directory / "lesson.mp4"
    with open(path, "wb") as f:
        f.write(b"\x00\x00\x00\x18ftypmp42")  # an MP4 header, the rest a hole
        f.truncate(size)
    return path


def bare_download(http: httpx.Client, base: str, token: str, uri: str, path: Path) -> float:
    """The baseline: one GET streamed to a file with httpx alone (a kept-alive client, as the
    wbseller client's), no checks. Seconds taken."""
    t0 = time.monotonic()
    headers = {"Authorization": f"Bearer {token}"}
    with (
        http.stream("GET", f"{base}/api/v1/content/download/{uri}", headers=headers, timeout=60) as r,
        open(path, "wb") as f,
    ):
        r.raise_for_status()
        for chunk in r.iter_bytes():
            f.write(chunk)
    elapsed = time.monotonic() - t0
    path.unlink()
    return elapsed


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--size-mib", type=int, default=256, help="1024 for the issue's 1 GiB figure (~60 s)")
    p.add_argument("--rounds", type=int, default=5, help="downloads of each kind, taken in turns")
    p.add_argument("--no-download", action="store_true")
    args = p.parse_args()
    size = args.size_mib * MIB
    documented = rate(operation("wbd", "upload_content_file"))
    limit_rps = documented.limit / documented.period

    with (
        tempfile.TemporaryDirectory(prefix="p3-") as tmp,
        emulator_process("--settings", json.dumps(SETTINGS)) as (base, token),
    ):
        source = sparse_file(Path(tmp), size)
        times: list[float] = []
        wb_token = wbd_token(base)
        with wbseller.Client(token, wbd_token=wb_token, base_url=base) as wb:
            cover = wb.wbd.upload_content_cover(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
            baseline = vm_hwm_mib()
            started = time.monotonic()
            upload = wb.wbd.upload_content(
                source,
                title="P3 lesson",
                description="1 GiB benchmark",
                catalog_id=1,
                meta={"thumbnail": cover, "rating": "0+"},
                progress=lambda done, total: times.append(time.monotonic()),
            )
            elapsed = time.monotonic() - started
            peak_upload = vm_hwm_mib()
            info = upload.wait(timeout=120, poll=0.5)
            download = None
            if not args.no_download:
                ours, bare, got = [], [], 0
                cpu_ours, cpu_bare = [], []
                http = httpx.Client()
                for i in range(args.rounds):
                    # in turns, each first every other round: neither meets the page cache the
                    # other left more often
                    for kind in ("ours", "bare") if i % 2 == 0 else ("bare", "ours"):
                        time.sleep(0.2)  # the download bucket (10/s, burst 1) full again
                        t0, c0 = time.monotonic(), time.process_time()
                        if kind == "ours":
                            path = wb.wbd.download_content(info, Path(tmp) / "back.mp4")
                            ours.append(time.monotonic() - t0)
                            cpu_ours.append(time.process_time() - c0)
                            got = path.stat().st_size
                            path.unlink()
                        else:
                            bare.append(bare_download(http, base, wb_token, info.uri, Path(tmp) / "bare.mp4"))
                            cpu_bare.append(time.process_time() - c0)
                http.close()
                download = (median(ours), median(bare), got, median(cpu_ours), median(cpu_bare))
            peak_total = vm_hwm_mib()
        recorded = json.loads(urllib.request.urlopen(base + "/__emulator__/requests").read())
        chunks = [r["status"] for r in recorded if r["path"].endswith(CHUNK)]
        # the rate WB would count: the allowed parts' arrivals as the emulator stamped them
        stamps = sorted(r["at"] for r in recorded if r["path"].endswith(CHUNK) and r["status"] < 300)

    parts = len(times)
    # the rate between the first and the last part's answer: n - 1 intervals
    steady = (parts - 1) / (times[-1] - times[0]) if parts > 1 else float("nan")
    print(f"P3  WBD upload of {size / MIB:.0f} MiB in {parts} parts of <= 2 MiB, emulator at real time scale")
    print(f"    documented chunk limit      {limit_rps:.1f} req/s")
    print(f"    upload elapsed              {elapsed:7.2f} s  (init + {parts} parts)")
    overall = parts / elapsed
    ratio = steady / limit_rps
    print(f"    chunk rate (steady)         {steady:7.2f} req/s  ratio {ratio:.3f}  (answers, client side)")
    print(f"    chunk rate (overall)        {overall:7.2f} req/s  ratio {overall / limit_rps:.3f}")
    arrived = (len(stamps) - 1) / (stamps[-1] - stamps[0]) / limit_rps if len(stamps) > 1 else float("nan")
    print(f"    chunk rate (arrivals)       {arrived * limit_rps:7.2f} req/s  ratio {arrived:.3f}")
    print(f"    429s on the chunk route     {chunks.count(429):7d}  (of {len(chunks)} requests)")
    result("p3_wbd_upload_ratio", arrived, ">= 0.97", "ratio")
    result("p3_wbd_upload_429", float(chunks.count(429)), "== 0", "count")
    print(f"    throughput                  {size / MIB / elapsed:7.2f} MiB/s")
    print(f"    client RSS before upload    {baseline:7.1f} MiB")
    print(f"    client peak RSS after upload {peak_upload:6.1f} MiB  (+{peak_upload - baseline:.1f} MiB)")
    print(f"    content status              {info.status} (2 = published)")
    if download is not None:
        secs, bare_secs, got, cpu, bare_cpu = download
        print(f"    download                    {secs:7.2f} s, {got / MIB:.0f} MiB, size ok: {got == size}")
        print(f"    bare httpx stream to disk   {bare_secs:7.2f} s  (median of {args.rounds} each, in turns)")
        print(f"    download / bare (speed)     {bare_secs / secs:7.3f}  (goal >= 0.95)")
        result("p3_wbd_download_ratio", bare_secs / secs, ">= 0.95", "ratio")
        print(f"    download CPU, ours / bare   {cpu:7.3f} s / {bare_cpu:.3f} s  (client process only)")
        result("p3_wbd_download_cpu_ratio", bare_cpu / cpu, ">= 0.95", "ratio")
        print(f"    client peak RSS overall     {peak_total:7.1f} MiB")
    print(f"    pid {os.getpid()}: RSS measured for this (client) process only")


if __name__ == "__main__":
    main()
