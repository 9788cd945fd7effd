"""Vocabulary for the synthetic catalogues the benchmarks build: English words a clip
about Chongqing might say, and Chinese characters for the CJK indexes."""

WORDS = (
    "the a we in on of and to is it this city floor factory worker night shift fog sunlight "
    "luxury robot camera street building mountain river bridge metro train station tower "
    "smoke pollution morning evening dinner rice chicken soup phone locker dorm bed window "
    "elevator square garage market noodle hotpot taxi driver police crowd protest lockdown"
).split()
HANZI = "重庆我们永远不知道自己在几楼今天天气很好工厂的工人每天晚上工作十二个小时雾阳光奢侈品"
