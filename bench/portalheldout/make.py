"""A held-out set of portal pages: ten page families no development set has (央视网-, 环球网-,
凤凰网-, 人民政协网-, 腾讯新闻-style news pages, a county party-and-government site with its
article in a table, a university news page, a tech blog, a news app's share page, a forum-like
Q&A page). Made pages that look like real ones, around seed articles (../shared/gold).

No rule is written from these pages: they measure how the rules found on the development sets
hold on families clipper was not tuned on. When a rule is changed because of one of them, the set
becomes a development set (the README says so) and a new held-out set is needed.

    .venv/bin/python -m bench.portalheldout.make     # writes bench/portalheldout/pages/
"""

from __future__ import annotations

from pathlib import Path

from bench.made_pages import Family, Page, e, ps, write_set

OUT = Path(__file__).resolve().parent / "pages"


def cctv(a: dict, d: str) -> Page:
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(a['title'])}_新闻频道_央视网(cctv.com)</title></head><body>
<div class="nav_top"><a href="#">央视网首页</a><a href="#">新闻</a><a href="#">体育</a><a href="#">综艺</a><a href="#">央视频</a></div>
<div class="column_wrapper"><div class="title_area"><h1>{e(a['title'])}</h1>
<div class="info1">来源：央视网 | {d[:4]}年{d[5:7]}月{d[8:]}日 08:47</div></div>
<div class="content_area" id="content_area">{ps(a['paragraphs'])}</div>
<div class="zebian"><span>编辑：李明</span><span>责任编辑：张华</span></div>
<div class="share">分享到：</div>
<div class="xgxw"><h3>相关新闻</h3><ul><li><a href="#">全国政协召开专题协商会</a></li></ul></div></div>
<div class="footer">中央广播电视总台 版权所有 ©2024 央视网 京ICP证060535号</div></body></html>"""
    return page, "utf-8", a["paragraphs"]


def huanqiu(a: dict, d: str) -> Page:
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(a['title'])}_环球网</title></head><body>
<div class="nav"><a href="#">环球网</a><a href="#">国际</a><a href="#">国内</a><a href="#">军事</a><a href="#">台海</a></div>
<div class="l-con"><div class="t-container-title"><h3>{e(a['title'])}</h3></div>
<div class="metadata-info"><span class="time">{d} 08:47</span><span class="source">来源：<a>环球网</a></span><span class="author">作者：陈林</span></div>
<div class="l-con clear"><article>{ps(a['paragraphs'])}</article></div>
<div class="statement">版权作品，未经环球网 huanqiu.com 书面授权，严禁转载，违者将被追究法律责任。</div>
<div class="editor">责编：王伟</div></div>
<div class="r-con"><h4>24小时排行</h4><ol><li><a href="#">国际观察：多国关注中国新能源发展</a></li></ol></div>
<div class="footer">环球网版权所有 京ICP备09003047号</div></body></html>"""
    return page, "utf-8", a["paragraphs"]


def ifeng(a: dict, d: str) -> Page:
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(a['title'])}_凤凰网资讯_凤凰网</title></head><body>
<div class="header"><a href="#">凤凰网首页</a><a href="#">资讯</a><a href="#">财经</a><a href="#">娱乐</a><a href="#">凤凰卫视</a></div>
<div class="artical"><h1 class="topic">{e(a['title'])}</h1>
<div class="timeBref"><span>{d[:4]}年{d[5:7]}月{d[8:]}日 08:47:13</span><span>来自北京</span><span>甘肃政协</span></div>
<div class="main_content">{ps(a['paragraphs'])}</div>
<p class="statement">“特别声明：以上作品内容(包括在内的视频、图片或音频)为凤凰网旗下自媒体平台“大风号”用户上传并发布，本平台仅提供信息存储空间服务。</p>
<div class="share">分享到：微信 微博 QQ空间</div>
<div class="rec"><h3>相关推荐</h3><a href="#">甘肃多地开展协商议事活动</a></div></div>
<div class="footer">凤凰新媒体 版权所有 Copyright © 2024 Phoenix New Media Limited All Rights Reserved.</div></body></html>"""
    return page, "utf-8", a["paragraphs"]


def rmzxw(a: dict, d: str) -> Page:
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(a['title'])}-人民政协网</title></head><body>
<div class="top"><a href="#">人民政协网</a><a href="#">要闻</a><a href="#">委员</a><a href="#">地方</a><a href="#">理论</a></div>
<div class="Content"><div class="position">当前位置：<a href="#">首页</a> &gt; <a href="#">地方政协</a></div>
<h1>{e(a['title'])}</h1><div class="info"><span>来源：人民政协报</span><span>作者：记者 王丹</span><span>{d}</span></div>
<div class="news_content">{ps(a['paragraphs'])}<p class="editor">(责任编辑：马晓)</p></div>
<div class="tools"><a>【打印】</a><a>【关闭】</a></div>
<div class="rel"><h3>相关阅读</h3><a href="#">地方政协协商议事新实践</a></div></div>
<div class="footer">人民政协报社主办 版权所有 未经授权禁止复制或建立镜像</div></body></html>"""
    return page, "utf-8", a["paragraphs"]


def qq(a: dict, d: str) -> Page:
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(a['title'])}_腾讯新闻</title></head><body>
<div class="qq-top"><a href="#">腾讯网</a><a href="#">新闻</a><a href="#">视频</a><a href="#">图片</a><a href="#">下载腾讯新闻</a></div>
<div class="LEFT"><h1>{e(a['title'])}</h1><div class="media-info"><span class="author">甘肃政协</span><span>{d} 08:47</span><span>发布于甘肃</span></div>
<div class="content-article">{ps(a['paragraphs'])}<p class="one-p">原标题：{e(a['title'])}</p><p class="one-p">责任编辑：刘洋</p></div>
<div class="statement">免责声明：本内容来自腾讯平台创作者，不代表腾讯新闻或腾讯网的观点和立场。</div>
<div class="recommend"><h3>推荐阅读</h3><a href="#">兰州：夜市经济火热</a></div></div>
<div class="footer">Copyright © 1998 - 2024 Tencent. All Rights Reserved. 腾讯公司 版权所有</div></body></html>"""
    return page, "utf-8", a["paragraphs"]


def county_table(a: dict, d: str) -> Page:
    body = "".join(f"<p style='text-indent:2em'>{e(p)}</p>" for p in a["paragraphs"])
    page = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>{e(a['title'])}--中共会宁县委 会宁县人民政府</title></head><body>
<table width="1000" align="center"><tr><td><img src="/images/banner.jpg"></td></tr>
<tr><td class="menu"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/zxdt/">政协动态</a> | <a href="/bmfw/">便民服务</a> | <a href="/hdjl/">互动交流</a></td></tr></table>
<table width="1000" align="center"><tr><td class="dqwz">您的位置：<a href="/">首页</a> &gt; <a href="/zxdt/">政协动态</a></td></tr>
<tr><td align="center" class="title">{e(a['title'])}</td></tr>
<tr><td align="center" class="info">文章来源：县政协办　　文章录入：管理员　　发布时间：{d}　　点击数：<span>87</span></td></tr>
<tr><td class="content">{body}</td></tr>
<tr><td align="right"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></td></tr>
<tr><td>上一篇：<a href="#">县政协召开主席会议</a><br>下一篇：<a href="#">县政协开展委员培训</a></td></tr></table>
<table width="1000" align="center"><tr><td align="center">主办：中共会宁县委办公室 会宁县人民政府办公室　陇ICP备05004567号</td></tr></table></body></html>"""
    return page, "gbk", a["paragraphs"]


def university(a: dict, d: str) -> Page:
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(a['title'])}-陇东学院新闻网</title></head><body>
<div class="head"><a href="#">学校首页</a><a href="#">新闻网首页</a><a href="#">综合新闻</a><a href="#">校园动态</a><a href="#">媒体陇院</a></div>
<div class="article"><h2 class="arti_title">{e(a['title'])}</h2>
<p class="arti_metas"><span class="arti_publisher">发布者：党委宣传部</span><span class="arti_update">发布时间：{d}</span><span class="arti_views">浏览次数：<span>312</span></span></p>
<div class="entry"><div class="read">{ps(a['paragraphs'])}</div></div>
<p class="arti_extra">供稿单位：马克思主义学院　审核：王强</p></div>
<div class="foot">版权所有：陇东学院 地址：甘肃省庆阳市西峰区兰州路45号</div></body></html>"""
    return page, "utf-8", a["paragraphs"]


def techblog(a: dict, d: str) -> Page:
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(a['title'])} - 陇上笔记 - 博客园</title></head><body>
<div id="header"><h1><a href="#">陇上笔记</a></h1><div id="navigator"><a>博客园</a><a>首页</a><a>新随笔</a><a>联系</a><a>订阅</a><a>管理</a></div></div>
<div id="main"><div class="post"><h1 class="postTitle"><a>{e(a['title'])}</a></h1>
<div class="postBody"><div id="cnblogs_post_body" class="blogpost-body">{ps(a['paragraphs'])}</div></div>
<div class="postDesc">posted @ {d} 08:47&nbsp; 陇上笔记&nbsp; 阅读(126)&nbsp; 评论(0)&nbsp; 编辑&nbsp; 收藏&nbsp; 举报</div></div>
<div id="blog_post_info"><div>好文要顶 关注我 收藏该文 微信分享</div></div>
<div id="comment_form"><div>登录后才能查看或发表评论，立即 登录 或者 逛逛 博客园首页</div></div></div>
<div id="footer">Copyright © 2024 陇上笔记 Powered by .NET 8.0 on Kubernetes</div></body></html>"""
    return page, "utf-8", a["paragraphs"]


def app_share(a: dict, d: str) -> Page:
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>{e(a['title'])}</title></head><body>
<div class="share-top"><img src="logo.png"><span>掌上甘肃</span><a>打开</a></div>
<h1 class="share-title">{e(a['title'])}</h1>
<div class="share-info">本文来自【甘肃日报】　{d} 10:21</div>
<div class="share-content">{ps(a['paragraphs'])}</div>
<div class="share-end"><p>【来源：甘肃日报】</p><p>声明：转载此文是出于传递更多信息之目的。若有来源标注错误或侵犯了您的合法权益，请作者持权属证明与本网联系，我们将及时更正、删除，谢谢。</p></div>
<div class="share-more"><p>下载掌上甘肃客户端 阅读更多精彩</p></div></body></html>"""
    return page, "utf-8", a["paragraphs"]


def qa_forum(a: dict, d: str) -> Page:
    answer = "".join(f"<p>{e(p)}</p>" for p in a["paragraphs"])
    page = f"""<!DOCTYPE html><html><head><meta charset="gbk"><title>{e(a['title'])}_政协知识问答_陇原问答</title></head><body>
<div class="top"><a href="#">陇原问答</a><a href="#">提问</a><a href="#">分类</a><a href="#">登录</a></div>
<div class="question"><h1>{e(a['title'])}</h1><div class="q-info">提问者：协商小白　{d} 09:00　浏览 356 次</div>
<p class="q-text">想了解一下这件事的具体情况，谢谢！</p></div>
<div class="best-answer"><div class="ba-title">最佳答案</div><div class="answer-text">{answer}</div>
<div class="a-info">回答者：陇上观察　{d} 10:15　<span>赞同 12</span><span>评论 3</span></div></div>
<div class="other-answers"><div class="oa-title">其他回答（2）</div><p>楼上说得很全面了。</p><p>可以关注当地政协网站。</p></div>
<div class="footer">陇原问答 版权所有</div></body></html>"""
    return page, "gbk", a["paragraphs"]


KINDS: dict[str, Family] = {
    "cctv": ("news.cctv.example.com", cctv), "huanqiu": ("world.huanqiu.example.com", huanqiu),
    "ifeng": ("news.ifeng.example.com", ifeng), "rmzxw": ("www.rmzxw.example.com.cn", rmzxw),
    "qq": ("new.qq.example.com", qq), "county": ("www.huining.example.gov.cn", county_table),
    "university": ("news.ldxy.example.edu.cn", university), "techblog": ("www.cnblogs.example.com", techblog),
    "appshare": ("share.gansu.example.cn", app_share), "qa": ("wenda.longyuan.example.com", qa_forum),
}


def main() -> int:
    return write_set(OUT, KINDS, lambda k, copy: (k * 7 + copy * 17 + 3, f"2024-{(k * 3 + copy * 5) % 12 + 1:02d}-{(k * 13 + copy * 7) % 28 + 1:02d}"))


if __name__ == "__main__":
    raise SystemExit(main())
