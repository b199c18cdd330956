"""The pure domain of coopclient: money, time, labeling configs, timer rules, earnings. No I/O, no Qt."""
