"""`make bench`: durable throughput, latency and memory of the intake beside its peers."""
